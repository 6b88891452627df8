using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Matchmaker.Bench;

/// <summary>Signs in as a partner and as an account manager, then times each list page and reads the server's memory.</summary>
internal static partial class Measure
{
    public static async Task<int> RunAsync(Uri baseUrl, int serverPid, int requests)
    {
        var partner = await SignInAsync(baseUrl, "dana@lakeshore.example");
        var manager = await SignInAsync(baseUrl, "am.jordan@matchmaker.test");
        var pages = new (string Name, HttpClient Client, string Path)[]
        {
            ("My leads, page 1", partner, "/leads"),
            ("My leads, page 300", partner, "/leads?page=300"),
            ("My leads, filtered + sorted by value", partner, "/leads?status=Offered&sort=value"),
            ("Offers", partner, "/offers"),
            ("Lead page", partner, "/leads/1"),
            ("Review queue, first page", manager, "/queue"),
            ("Review queue, sorted by value", manager, "/queue?sort=value"),
            ("Partner network", partner, "/partners"),
        };

        Console.WriteLine($"| page | requests | p50 ms | p95 ms | max ms |");
        Console.WriteLine($"| --- | --- | --- | --- | --- |");
        foreach (var (name, client, path) in pages)
        {
            using (var warm = await client.GetAsync(new Uri(baseUrl, path)))
            {
                warm.EnsureSuccessStatusCode();
            }

            var timings = new List<double>(requests);
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(baseUrl, path));
                await response.Content.ReadAsByteArrayAsync();
                timings.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {requests} | {Percentile(timings, 0.50):N1} | {Percentile(timings, 0.95):N1} | {timings[^1]:N1} |"));
        }

        var status = await File.ReadAllTextAsync($"/proc/{serverPid}/status");
        Console.WriteLine();
        Console.WriteLine($"Server memory: {Field(status, "VmRSS")} resident, peak {Field(status, "VmHWM")}");
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static string Field(string status, string name) =>
        status.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";

    private static async Task<HttpClient> SignInAsync(Uri baseUrl, string email)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetStringAsync(new Uri(baseUrl, "/account/login"));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "Matchmaker-demo-2026", ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri(baseUrl, "/account/login"), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
