namespace Matchmaker.Web.Features.Home;

public sealed record ErrorViewModel(int StatusCode, string TraceId, bool FromException)
{
    public string Title => StatusCode switch
    {
        400 => "That request could not be handled",
        403 => "You do not have access to this page",
        404 => "We could not find that page",
        409 => "That change could not be made",
        410 => "That link is no longer valid",
        429 => "Too many attempts",
        _ => "Something went wrong on our side",
    };

    public string Explanation => StatusCode switch
    {
        400 => "The form may have expired. Go back, reload the page and try again.",
        403 => "Your account does not have the role this page needs.",
        404 => "It may have been moved, or you may not have access to it. Check the address or start again from the home page.",
        429 => "Please wait a minute before trying again.",
        _ => "The problem has been logged. Try again in a moment; if it keeps happening, contact the program team and quote the reference below.",
    };
}
