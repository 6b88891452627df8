namespace Matchmaker.Domain.Leads;

/// <summary>What the customer wants: product areas, the need in its own words, value and timing.</summary>
public sealed record Opportunity(IReadOnlyCollection<int> ProductAreaIds, string Need, long EstimatedValueCents, Timeframe Timeframe);
