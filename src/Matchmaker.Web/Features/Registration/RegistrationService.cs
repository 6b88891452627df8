using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Registration;

/// <summary>Registers a partner organization together with its first user, its organization admin.</summary>
public sealed class RegistrationService(MatchmakerDbContext db, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    public const string DuplicatePartnerNumber =
        "An organization with this partner ID is already registered. If it is yours, ask its admin to invite you.";

    /// <summary>Returns the new user, or null with the reasons written into <paramref name="errors"/>.</summary>
    public async Task<ApplicationUser?> RegisterAsync(RegisterOrganizationInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var partnerNumber = input.PartnerNumber.Trim();
        if (await db.Organizations.AnyAsync(o => o.PartnerNumber == partnerNumber, cancellationToken))
        {
            errors.AddModelError(nameof(input.PartnerNumber), DuplicatePartnerNumber);
        }

        var email = input.Email.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.AdminName.Trim(),
            IsOrganizationAdmin = true,
            TimeZoneId = Infrastructure.Time.StateTimeZones.For(input.State),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            errors.AddModelError(nameof(input.Email), "An account with this email already exists. Sign in instead, or use another email.");
        }

        // Check the password before anything is written, so a refused password saves nothing.
        foreach (var validator in userManager.PasswordValidators)
        {
            var check = await validator.ValidateAsync(userManager, user, input.Password);
            if (!check.Succeeded)
            {
                errors.AddIdentityErrors(check, nameof(input.Password));
            }
        }

        if (errors.ErrorCount > 0)
        {
            return null;
        }

        var organization = PartnerOrganization.Register(
            new PartnerRegistration(input.LegalName, partnerNumber, input.Street, input.City, input.State,
                input.PostalCode, input.Phone, input.Website, input.Country),
            registeredByUserId: null,
            clock.GetUtcNow().UtcDateTime);

        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                db.Organizations.Add(organization);
                await db.SaveChangesAsync(ct);
                user.OrganizationId = organization.Id;
                var created = await userManager.CreateAsync(user, input.Password);
                if (created.Succeeded)
                {
                    created = await userManager.AddToRoleAsync(user, Roles.Partner);
                }

                if (!created.Succeeded)
                {
                    errors.AddIdentityErrors(created, nameof(input.Password));
                    return (false, (ApplicationUser?)null);
                }

                return (true, user);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another registration with the same partner ID or email won the race.
            db.ChangeTracker.Clear();
            errors.AddModelError(nameof(input.PartnerNumber), DuplicatePartnerNumber);
            return null;
        }
    }
}
