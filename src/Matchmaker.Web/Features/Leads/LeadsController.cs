using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Leads;

/// <summary>The owner's leads and the accepting receiver's work on them.</summary>
[Authorize(Policy = Policies.AuthorizedPartner), Route("leads")]
public sealed class LeadsController(LeadService leads) : Controller
{
    private int OrganizationId => User.RequiredOrganizationId();

    [HttpGet("")]
    public async Task<IActionResult> Index(LeadListQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            query = new LeadListQuery();
        }

        return View(await leads.ListAsync(OrganizationId, query, cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(await leads.FormAsync(OrganizationId, new LeadInput(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(LeadInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (leadId, duplicate) = await leads.SubmitAsync(OrganizationId, User.GetUserId(), input, ModelState, cancellationToken);
            if (leadId is not null)
            {
                TempData.Success(input.Route == nameof(LeadRoute.Peer)
                    ? "Your lead is saved and offered to the peers you picked. You will see their answers here."
                    : "Your lead is saved and waits in the vendor's review queue.");
                if (duplicate)
                {
                    TempData.Error("This customer looks like a possible duplicate of a lead submitted recently (same company, with the same ZIP or email domain). The lead is flagged.");
                }

                return RedirectToAction(nameof(Details), new { id = leadId });
            }
        }

        return View(await leads.FormAsync(OrganizationId, input, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await leads.GetAsync(id, LeadViewer.From(User), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken) =>
        Act(id, () => leads.WithdrawAsync(OrganizationId, id, User.GetUserId(), cancellationToken),
            "The lead is withdrawn. Pending offers were closed and receivers can no longer see it.");

    [HttpPost("{id:int}/send-to-vendor")]
    public Task<IActionResult> SendToVendor(int id, CancellationToken cancellationToken) =>
        Act(id, () => leads.SendToVendorAsync(OrganizationId, id, User.GetUserId(), cancellationToken),
            "The lead is in the vendor's review queue. An account manager will refer it to a qualified partner.");

    [HttpPost("{id:int}/offer")]
    public Task<IActionResult> Offer(int id, OfferPeersInput input, CancellationToken cancellationToken) =>
        Act(id, () => leads.OfferToPeersAsync(OrganizationId, id, input.PeerIds, User.GetUserId(), cancellationToken),
            "The lead is offered to the peers you picked.");

    [HttpPost("{id:int}/approve-proposal")]
    public Task<IActionResult> ApproveProposal(int id, CancellationToken cancellationToken) =>
        Act(id, () => leads.ApproveProposalAsync(OrganizationId, id, User.GetUserId(), cancellationToken),
            "Approved: the offer went out to the proposed partner.");

    [HttpPost("{id:int}/refuse-proposal")]
    public Task<IActionResult> RefuseProposal(int id, CancellationToken cancellationToken) =>
        Act(id, () => leads.RefuseProposalAsync(OrganizationId, id, User.GetUserId(), cancellationToken),
            "Refused: the lead is back in the vendor's queue, and that partner will not be proposed again.");

    [HttpPost("{id:int}/stage")]
    public Task<IActionResult> Stage(int id, StageInput input, CancellationToken cancellationToken) =>
        Act(id, () => leads.UpdateStageAsync(OrganizationId, id, Enum.Parse<SalesStage>(input.Stage), User.GetUserId(), cancellationToken),
            "Sales stage updated. The owner sees it on the lead's page.");

    [HttpPost("{id:int}/won")]
    public Task<IActionResult> Won(int id, WonInput input, CancellationToken cancellationToken) =>
        Act(id, () =>
        {
            Dollars.TryParseCents(input.WonValue, out var cents);
            return leads.ReportWonAsync(OrganizationId, id, cents, input.Comment, User.GetUserId(), cancellationToken);
        }, "Congratulations: the deal is reported won.");

    [HttpPost("{id:int}/lost")]
    public Task<IActionResult> Lost(int id, LostInput input, CancellationToken cancellationToken) =>
        Act(id, () => leads.ReportLostAsync(OrganizationId, id, Enum.Parse<OutcomeReason>(input.Reason), input.Comment, User.GetUserId(), cancellationToken),
            "The deal is reported lost. Thank you for closing the loop.");

    private Task<IActionResult> Act(int id, Func<Task<bool>> action, string confirmation) =>
        this.ActAsync(action, confirmation, () => RedirectToAction(nameof(Details), new { id }));
}
