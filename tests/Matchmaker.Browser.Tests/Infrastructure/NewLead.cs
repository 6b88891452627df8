using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>
/// A lead as a partner types it into the form. <see cref="Peers"/> are the preferred peers to offer
/// it to; with none, the lead goes to the vendor's account managers.
/// </summary>
public sealed record NewLead(
    string Company,
    string ContactName,
    string ContactEmail,
    string City,
    string StateName,
    string PostalCode,
    Industry Industry,
    CompanySize Size,
    IReadOnlyList<string> ProductAreas,
    string Need,
    string EstimatedValue,
    Timeframe Timeframe,
    bool ClaimBounty,
    IReadOnlyList<string> Peers)
{
    public bool ToVendor => Peers.Count == 0;
}
