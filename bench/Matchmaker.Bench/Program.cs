using System.Globalization;
using Matchmaker.Bench;

// Two commands:
//   seed <sqlite file> <leads>    adds generated leads to a database the app already created and seeded
//   measure <base url> <server pid> <requests per page>   times the main list pages and reads the server's memory
return args switch
{
    ["seed", var file, var count] => await BulkSeeder.RunAsync(file, int.Parse(count, CultureInfo.InvariantCulture)),
    ["measure", var baseUrl, var pid, var requests] => await Measure.RunAsync(new Uri(baseUrl), int.Parse(pid, CultureInfo.InvariantCulture), int.Parse(requests, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed <sqlite file> <leads> | measure <base url> <server pid> <requests per page>");
    return 2;
}
