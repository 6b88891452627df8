namespace Matchmaker.Domain.Tests.Leads;

/// <summary>Every state-changing method of a lead, so the transition table can name them.</summary>
public enum LeadOperation
{
    OfferToPeers,
    SendToVendor,
    Withdraw,
    AcceptReferral,
    DeclineReferral,
    ExpireReferral,
    UpdateStage,
    ReportWon,
    ReportLost,
}
