using Matchmaker.Domain.Common;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Offers;

/// <summary>Offers made to the signed-in partner's organization.</summary>
[Authorize(Policy = Policies.AuthorizedPartner), Route("offers")]
public sealed class OffersController(OfferService offers) : Controller
{
    private int OrganizationId => User.RequiredOrganizationId();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await offers.ListAsync(OrganizationId, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var (offer, acceptedLeadId) = await offers.GetAsync(OrganizationId, id, LeadViewer.From(User), cancellationToken);
        if (acceptedLeadId is { } leadId)
        {
            return RedirectToAction("Details", "Leads", new { id = leadId });
        }

        return offer is null ? NotFound() : View(new OfferPageViewModel(offer, new DeclineInput()));
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, CancellationToken cancellationToken)
    {
        try
        {
            var leadId = await offers.AcceptAsync(OrganizationId, id, User.GetUserId(), cancellationToken);
            if (leadId is null)
            {
                return NotFound();
            }

            TempData.Success("You accepted the lead. The customer's details are below: reach out soon and keep the stage up to date.");
            return RedirectToAction("Details", "Leads", new { id = leadId });
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
            return RedirectToAction(nameof(Index));
        }
    }

    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, [Bind(Prefix = "Decline")] DeclineInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var (offer, _) = await offers.GetAsync(OrganizationId, id, LeadViewer.From(User), cancellationToken);
            return offer is null ? NotFound() : View(nameof(Details), new OfferPageViewModel(offer, input));
        }

        try
        {
            if (!await offers.DeclineAsync(OrganizationId, id, input, User.GetUserId(), cancellationToken))
            {
                return NotFound();
            }

            TempData.Success("You declined the offer. The owner sees your reason; this lead will not be offered to you again.");
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
        }

        return RedirectToAction(nameof(Index));
    }
}
