namespace Matchmaker.Domain.Leads;

public enum AccessLevel
{
    /// <summary>The redacted summary: no customer name or contact details.</summary>
    Summary,

    /// <summary>Everything, including who the customer is and how to reach them.</summary>
    Full,
}
