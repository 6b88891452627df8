namespace Matchmaker.Web.Features.Directory;

public sealed record DirectoryQuery
{
    public string? Search { get; init; }

    public int? ProductAreaId { get; init; }

    public string? State { get; init; }

    public int? Page { get; init; }
}
