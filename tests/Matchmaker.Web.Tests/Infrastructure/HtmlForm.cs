using AngleSharp.Html.Dom;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>The fields a browser would submit for a form, which a test may change before posting.</summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public static HtmlForm From(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.GetAttribute("value") ?? string.Empty));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }

                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.TextContent));
                    break;
            }
        }

        return new HtmlForm(form.GetAttribute("action") ?? string.Empty, fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public IReadOnlyList<string> All(string name) => _fields.Where(f => f.Key == name).Select(f => f.Value).ToList();

    /// <summary>Replaces every value of <paramref name="name"/> (or adds the field, as a forged post would).</summary>
    public HtmlForm Set(string name, params string[] values)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient browser) =>
        browser.PostAsync(Action, new FormUrlEncodedContent(_fields));
}
