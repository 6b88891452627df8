namespace Matchmaker.Web.Features.Queue;

/// <summary>Whole weekdays between two instants, for the queue's service level.</summary>
public static class BusinessDays
{
    public static int Between(DateTime fromUtc, DateTime toUtc)
    {
        var days = 0;
        for (var day = fromUtc.Date.AddDays(1); day <= toUtc.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }
}
