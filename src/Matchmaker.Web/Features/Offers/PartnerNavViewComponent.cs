using Matchmaker.Data;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Offers;

/// <summary>The lead-sharing part of a partner's navigation, shown once the organization is Authorized, with the count of offers waiting.</summary>
public sealed class PartnerNavViewComponent(MatchmakerDbContext db, OfferService offers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? section)
    {
        var organizationId = UserClaimsPrincipal.GetOrganizationId();
        var authorized = organizationId is { } id &&
            await db.Organizations.AnyAsync(o => o.Id == id && o.Status == OrganizationStatus.Authorized, HttpContext.RequestAborted);
        var pending = authorized ? await offers.PendingCountAsync(organizationId!.Value, HttpContext.RequestAborted) : 0;
        return View(new PartnerNavModel(authorized, pending, section));
    }
}

public sealed record PartnerNavModel(bool Authorized, int PendingOffers, string? Section);
