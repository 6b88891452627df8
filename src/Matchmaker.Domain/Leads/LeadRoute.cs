namespace Matchmaker.Domain.Leads;

/// <summary>Who decides where a lead goes: the owner (to peers it picks) or the vendor's account managers.</summary>
public enum LeadRoute
{
    Peer,
    Vendor,
}
