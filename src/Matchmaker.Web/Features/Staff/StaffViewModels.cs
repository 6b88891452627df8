namespace Matchmaker.Web.Features.Staff;

public sealed record StaffRow(string Id, string Name, string Email, bool IsAccountManager, bool IsAdmin, bool HasPassword, bool IsLockedOut);

public sealed record StaffListViewModel(IReadOnlyList<StaffRow> Staff, string CurrentUserId, AddStaffInput Add);
