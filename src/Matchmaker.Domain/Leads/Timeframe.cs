namespace Matchmaker.Domain.Leads;

/// <summary>When the customer expects to buy.</summary>
public enum Timeframe
{
    Within30Days,
    OneToThreeMonths,
    ThreeToSixMonths,
    SixToTwelveMonths,
    OverTwelveMonths,
}
