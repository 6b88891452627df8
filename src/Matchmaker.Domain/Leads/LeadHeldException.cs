using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Leads;

/// <summary>Another account manager holds the lead; the web layer names them.</summary>
public sealed class LeadHeldException(string holderUserId)
    : DomainException("Another account manager holds this lead. Take it over explicitly if you need to act on it.")
{
    public string HolderUserId { get; } = holderUserId;
}
