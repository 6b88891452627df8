namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>
/// Absolute links for emails. With <c>App:PublicBaseUrl</c> set (production), links never depend on
/// the Host header a client sent; without it (development) the request's own address is used.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor httpContextAccessor)
{
    public string Absolute(string relativePath)
    {
        var configured = configuration["App:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + relativePath;
        }

        var request = httpContextAccessor.HttpContext?.Request;
        return request is null ? relativePath : $"{request.Scheme}://{request.Host}{request.PathBase}{relativePath}";
    }
}
