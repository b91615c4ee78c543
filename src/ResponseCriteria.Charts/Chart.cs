using System;
using System.Collections.Generic;
using System.IO;

namespace ResponseCriteria.Charts;

/// <summary>
/// A chart: its SVG and its title. Shows itself as the chart in a .NET notebook (the kernels' formatter convention), and
/// saves as <c>.svg</c> or as a one-chart <c>.html</c> page.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class Chart : IHtml
{
    private readonly string svg;

    internal Chart(string title, string svg)
    {
        Title = title;
        this.svg = svg;
    }

    /// <summary>The title (also the SVG's accessible name).</summary>
    public string Title { get; }

    /// <summary>The chart as a standalone SVG document.</summary>
    public string ToSvg() => svg;

    /// <summary>The chart as an HTML figure (the SVG inline: its title and description are the accessible name).</summary>
    public string ToHtml() => $"<figure class=\"chart\">\n{svg}</figure>\n";

    /// <summary>Writes the chart: an SVG document when the name ends in <c>.svg</c>, else a self-contained HTML page.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? svg : HtmlReport.Page(Title, ToHtml()));
    }

    /// <inheritdoc/>
    public override string ToString() => Title;
}

/// <summary>Something that renders itself as an HTML fragment.</summary>
internal interface IHtml
{
    string ToHtml();
}

/// <summary>
/// The attribute .NET notebook kernels look for by name (<c>TypeFormatterSourceAttribute</c>, any namespace) on a value's type:
/// its <see cref="FormatterSourceType"/> makes the formatters. Declared here so that no package of the deprecated .NET
/// Interactive is needed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; } = [HtmlFormatterSource.MimeType];
}

/// <summary>
/// Makes the one formatter of the convention: text/html from <see cref="IHtml.ToHtml"/>. The kernels find its members by name
/// on an instance, so they are instance members.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Found by name on an instance by the notebook kernels.")]
internal sealed class HtmlFormatterSource
{
    internal const string MimeType = "text/html";

    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter()];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Found by name on an instance by the notebook kernels.")]
    internal sealed class HtmlFormatter
    {
        public string MimeType => HtmlFormatterSource.MimeType;

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not IHtml html)
            {
                return false;
            }

            writer.Write(html.ToHtml());
            return true;
        }
    }
}
