namespace Matchmaker.Domain.Common;

/// <summary>
/// Raised when an operation would break a business rule (an illegal status change, a value out of
/// range). The web layer turns it into a message for the user, never a server error.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message) : base(message)
    {
    }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
