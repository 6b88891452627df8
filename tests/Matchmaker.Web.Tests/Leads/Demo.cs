namespace Matchmaker.Web.Tests.Leads;

/// <summary>The demo organizations and people the seed creates, by the names a test reads best.</summary>
public static class Demo
{
    public const string Dana = "dana@lakeshore.example";
    public const string Sam = "sam@lakeshore.example";
    public const string Marcus = "marcus@lonestarerp.example";
    public const string Grace = "grace@peachtreebiz.example";
    public const string Noah = "noah@empiredata.example";
    public const string Priya = "priya@cascadecloud.example";
    public const string Mei = "mei@goldengate.example";
    public const string Owen = "owen@rockymountaintech.example";

    public const string Lakeshore = "Lakeshore Dynamics Partners";
    public const string LoneStar = "Lone Star ERP Group";
    public const string Peachtree = "Peachtree Business Systems";
    public const string Empire = "Empire Data Works";
    public const string Cascade = "Cascade Cloud Solutions";
    public const string GoldenGate = "Golden Gate Integrators";
    public const string RockyMountain = "Rocky Mountain Tech Advisors";

    public const string JordanName = "Jordan Price";
    public const string RileyName = "Riley Brooks";
}
