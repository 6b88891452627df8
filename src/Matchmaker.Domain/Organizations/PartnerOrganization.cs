using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Organizations;

/// <summary>
/// An authorized (or would-be) U.S. partner of the vendor. Only an Authorized organization may
/// submit, receive or be matched to leads; every status change is kept in its history.
/// </summary>
public sealed class PartnerOrganization
{
    public const int MaxCapacity = 500;
    public const int DefaultCapacity = 5;

    private readonly List<OrganizationStatusChange> _statusChanges = [];
    private readonly List<OrganizationProductArea> _productAreas = [];
    private readonly List<OrganizationServedState> _servedStates = [];
    private readonly List<OrganizationIndustry> _industries = [];

    private PartnerOrganization()
    {
        LegalName = string.Empty;
        NormalizedLegalName = string.Empty;
        PartnerNumber = string.Empty;
        Street = string.Empty;
        City = string.Empty;
        State = string.Empty;
        PostalCode = string.Empty;
        Phone = string.Empty;
        CountryCode = Countries.UnitedStates;
    }

    public int Id { get; private set; }

    public string LegalName { get; private set; }

    /// <summary>Upper-cased name used for case-insensitive search in the database.</summary>
    public string NormalizedLegalName { get; private set; }

    /// <summary>The vendor's partner-network number: 6 to 10 digits, unique.</summary>
    public string PartnerNumber { get; private set; }

    public string Street { get; private set; }

    public string City { get; private set; }

    public string State { get; private set; }

    public string PostalCode { get; private set; }

    public string Phone { get; private set; }

    public string? Website { get; private set; }

    public string CountryCode { get; private set; }

    public OrganizationStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public bool AcceptingReferrals { get; private set; }

    /// <summary>The most open accepted referrals the organization will work at once.</summary>
    public int Capacity { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime? AuthorizedAtUtc { get; private set; }

    public IReadOnlyCollection<OrganizationStatusChange> StatusChanges => _statusChanges.AsReadOnly();

    public IReadOnlyCollection<OrganizationProductArea> ProductAreas => _productAreas.AsReadOnly();

    public IReadOnlyCollection<OrganizationServedState> ServedStates => _servedStates.AsReadOnly();

    public IReadOnlyCollection<OrganizationIndustry> Industries => _industries.AsReadOnly();

    public bool IsAuthorized => Status == OrganizationStatus.Authorized;

    public static PartnerOrganization Register(PartnerRegistration registration, string? registeredByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (!string.Equals(registration.CountryCode?.Trim(), Countries.UnitedStates, StringComparison.Ordinal))
        {
            throw new DomainException(Countries.OnlyUsMessage);
        }

        var organization = new PartnerOrganization
        {
            PartnerNumber = ValidPartnerNumber(registration.PartnerNumber),
            CountryCode = Countries.UnitedStates,
            Status = OrganizationStatus.PendingVerification,
            AcceptingReferrals = true,
            Capacity = DefaultCapacity,
            RegisteredAtUtc = nowUtc,
        };
        organization.SetContactDetails(
            registration.LegalName, registration.Street, registration.City, registration.State,
            registration.PostalCode, registration.Phone, registration.Website);
        organization._statusChanges.Add(new OrganizationStatusChange(
            null, OrganizationStatus.PendingVerification, "Registered", registeredByUserId, nowUtc));
        return organization;
    }

    public static bool IsValidPartnerNumber(string? value) =>
        value is { Length: >= 6 and <= 10 } && value.All(char.IsAsciiDigit);

    public void UpdateContactDetails(
        string legalName, string street, string city, string state, string postalCode, string phone, string? website) =>
        SetContactDetails(legalName, street, city, state, postalCode, phone, website);

    /// <summary>Replaces what the organization sells, where it serves and how much it takes on.</summary>
    public void UpdateProfile(
        IEnumerable<int> productAreaIds,
        IEnumerable<string> servedStates,
        IEnumerable<Industry> industries,
        bool acceptingReferrals,
        int capacity)
    {
        if (capacity is < 0 or > MaxCapacity)
        {
            throw new DomainException($"Capacity must be between 0 and {MaxCapacity}.");
        }

        var states = servedStates.Select(s => s.Trim().ToUpperInvariant()).Distinct().ToList();
        var unknown = states.FirstOrDefault(s => !UsStates.IsValid(s));
        if (unknown is not null)
        {
            throw new DomainException($"'{unknown}' is not a U.S. state.");
        }

        Replace(_productAreas, productAreaIds.Distinct(), p => p.ProductAreaId, id => new OrganizationProductArea(id));
        Replace(_servedStates, states, s => s.State, s => new OrganizationServedState(s));
        Replace(_industries, industries.Distinct(), i => i.Industry, i => new OrganizationIndustry(i));
        AcceptingReferrals = acceptingReferrals;
        Capacity = capacity;
    }

    public void Authorize(string byUserId, DateTime nowUtc)
    {
        MoveTo(OrganizationStatus.Authorized, null, byUserId, nowUtc, OrganizationStatus.PendingVerification);
        AuthorizedAtUtc = nowUtc;
    }

    public void Reject(string reason, string byUserId, DateTime nowUtc) =>
        MoveTo(OrganizationStatus.Rejected, RequiredReason(reason), byUserId, nowUtc, OrganizationStatus.PendingVerification);

    public void Suspend(string reason, string byUserId, DateTime nowUtc) =>
        MoveTo(OrganizationStatus.Suspended, RequiredReason(reason), byUserId, nowUtc, OrganizationStatus.Authorized);

    public void Reinstate(string byUserId, DateTime nowUtc) =>
        MoveTo(OrganizationStatus.Authorized, null, byUserId, nowUtc, OrganizationStatus.Suspended);

    private void MoveTo(OrganizationStatus to, string? reason, string byUserId, DateTime nowUtc, OrganizationStatus allowedFrom)
    {
        if (Status != allowedFrom)
        {
            throw new DomainException(
                $"An organization that is {Describe(Status)} cannot become {Describe(to)}.");
        }

        _statusChanges.Add(new OrganizationStatusChange(Status, to, reason, byUserId, nowUtc));
        Status = to;
        StatusReason = reason;
    }

    private void SetContactDetails(
        string legalName, string street, string city, string state, string postalCode, string phone, string? website)
    {
        var trimmedState = state?.Trim().ToUpperInvariant();
        if (!UsStates.IsValid(trimmedState))
        {
            throw new DomainException("Choose a U.S. state.");
        }

        var zip = postalCode?.Trim();
        if (!PostalCodes.IsValidZip(zip))
        {
            throw new DomainException("ZIP code must be 5 digits or ZIP+4 (12345-6789).");
        }

        LegalName = Guard.Required(legalName, "Legal name", 200);
        NormalizedLegalName = LegalName.ToUpperInvariant();
        Street = Guard.Required(street, "Street address", 200);
        City = Guard.Required(city, "City", 100);
        State = trimmedState!;
        PostalCode = zip!;
        Phone = Guard.Required(phone, "Phone", 30);
        Website = Guard.Optional(website, "Website", 200);
    }

    private static string ValidPartnerNumber(string? value)
    {
        var trimmed = value?.Trim();
        if (!IsValidPartnerNumber(trimmed))
        {
            throw new DomainException("Partner ID must be 6 to 10 digits.");
        }

        return trimmed!;
    }

    private static string RequiredReason(string? reason) => Guard.Required(reason, "Reason", 500);

    private static string Describe(OrganizationStatus status) => status switch
    {
        OrganizationStatus.PendingVerification => "pending verification",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void Replace<TItem, TKey>(
        List<TItem> items, IEnumerable<TKey> wanted, Func<TItem, TKey> keyOf, Func<TKey, TItem> create)
        where TKey : notnull
    {
        var wantedSet = wanted.ToHashSet();
        items.RemoveAll(item => !wantedSet.Contains(keyOf(item)));
        var present = items.Select(keyOf).ToHashSet();
        items.AddRange(wantedSet.Where(key => !present.Contains(key)).Select(create));
    }
}
