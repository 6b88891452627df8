namespace Matchmaker.Domain.Organizations;

/// <summary>A U.S. state in which an organization serves customers.</summary>
public sealed class OrganizationServedState
{
    private OrganizationServedState()
    {
        State = string.Empty;
    }

    internal OrganizationServedState(string state) => State = state;

    public int OrganizationId { get; private set; }

    public string State { get; private set; }
}
