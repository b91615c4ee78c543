using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace ResponseCriteria.Charts;

/// <summary>
/// A small SVG writer: every number with at most two decimals in the invariant culture and every text escaped, so the same
/// data always gives the same bytes. Shapes carry a class (styled by the chart's style element) and an optional
/// <c>title</c> child, which browsers show on hover and screen readers read.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder text = new();

    internal Svg(double width, double height, string title, string description)
    {
        Width = width;
        Height = height;
        text.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(F(width)).Append(' ').Append(F(height))
            .Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(F(height))
            .Append("\" role=\"img\" aria-labelledby=\"t d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
            .Append("<title id=\"t\">").Append(E(title)).Append("</title>\n<desc id=\"d\">").Append(E(description)).Append("</desc>\n")
            .Append("<style>")
            .Append(".axis{stroke:#444;stroke-width:1}.grid{stroke:#e5e5e5;stroke-width:1}.threshold{stroke:#777;stroke-width:1;stroke-dasharray:5 4;fill:none}")
            .Append(".label{fill:#333}.muted{fill:#777}.sum{stroke:#222;stroke-width:2;fill:none}.band{stroke:none;opacity:.18}")
            .Append("</style>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    }

    internal double Width { get; }

    internal double Height { get; }

    /// <summary>A number for SVG: at most two decimals, invariant culture, no negative zero.</summary>
    internal static string F(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Text escaped for XML.</summary>
    internal static string E(string value) => WebUtility.HtmlEncode(value);

    internal Svg Line(double x1, double y1, double x2, double y2, string cssClass, string? stroke = null, string? title = null)
    {
        text.Append("<line x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1)).Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(F(y2))
            .Append("\" class=\"").Append(cssClass).Append('"');
        AppendStroke(stroke);
        return Close("line", title);
    }

    internal Svg Polyline(ReadOnlySpan<(double X, double Y)> points, string cssClass, string? stroke = null, string? dash = null, string? title = null)
    {
        text.Append("<polyline points=\"");
        AppendPoints(points);
        text.Append("\" class=\"").Append(cssClass).Append('"');
        AppendStroke(stroke);
        if (dash is not null)
        {
            text.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        return Close("polyline", title);
    }

    internal Svg Polygon(ReadOnlySpan<(double X, double Y)> points, string cssClass, string fill, string? title = null)
    {
        text.Append("<polygon points=\"");
        AppendPoints(points);
        text.Append("\" class=\"").Append(cssClass).Append("\" fill=\"").Append(fill).Append('"');
        return Close("polygon", title);
    }

    internal Svg Rect(double x, double y, double width, double height, string fill, string? cssClass = null, string? title = null, string? data = null)
    {
        text.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"").Append(F(Math.Max(0, width))).Append("\" height=\"").Append(F(Math.Max(0, height)))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (cssClass is not null)
        {
            text.Append(" class=\"").Append(cssClass).Append('"');
        }

        AppendData(data);
        return Close("rect", title);
    }

    internal Svg Circle(double cx, double cy, double r, string fill, string? cssClass = null, string? title = null, string? data = null, string stroke = "#fff")
    {
        text.Append("<circle cx=\"").Append(F(cx)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"").Append(F(r)).Append("\" fill=\"").Append(fill)
            .Append("\" stroke=\"").Append(stroke).Append('"');
        if (cssClass is not null)
        {
            text.Append(" class=\"").Append(cssClass).Append('"');
        }

        AppendData(data);
        return Close("circle", title);
    }

    /// <summary>A path (markers: diamonds, triangles, arrows) in absolute commands built by the caller with <see cref="F"/>.</summary>
    internal Svg Path(string d, string fill, string? cssClass = null, string? title = null, string? data = null, string? stroke = null)
    {
        text.Append("<path d=\"").Append(d).Append("\" fill=\"").Append(fill).Append('"');
        if (cssClass is not null)
        {
            text.Append(" class=\"").Append(cssClass).Append('"');
        }

        AppendStroke(stroke);
        AppendData(data);
        return Close("path", title);
    }

    internal Svg Text(double x, double y, string value, string anchor = "start", string cssClass = "label", string? fill = null, double? size = null, double? rotate = null)
    {
        text.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" text-anchor=\"").Append(anchor).Append("\" class=\"").Append(cssClass).Append('"');
        if (fill is not null)
        {
            text.Append(" fill=\"").Append(fill).Append('"');
        }

        if (size is { } s)
        {
            text.Append(" font-size=\"").Append(F(s)).Append('"');
        }

        if (rotate is { } r)
        {
            text.Append(" transform=\"rotate(").Append(F(r)).Append(' ').Append(F(x)).Append(' ').Append(F(y)).Append(")\"");
        }

        text.Append('>').Append(E(value)).Append("</text>\n");
        return this;
    }

    /// <summary>Opens a group (a chart part: its class names the part for tests and style).</summary>
    internal Svg Group(string cssClass, string? label = null)
    {
        text.Append("<g class=\"").Append(cssClass).Append('"');
        if (label is not null)
        {
            text.Append(" aria-label=\"").Append(E(label)).Append('"');
        }

        text.Append(">\n");
        return this;
    }

    internal Svg End()
    {
        text.Append("</g>\n");
        return this;
    }

    public override string ToString() => text + "</svg>\n";

    private void AppendPoints(ReadOnlySpan<(double X, double Y)> points)
    {
        for (var i = 0; i < points.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(F(points[i].X)).Append(',').Append(F(points[i].Y));
        }
    }

    /// <summary>A stroke colour as a style, so that it wins over the class's.</summary>
    private void AppendStroke(string? stroke)
    {
        if (stroke is not null)
        {
            text.Append(" style=\"stroke:").Append(stroke).Append('"');
        }
    }

    private void AppendData(string? data)
    {
        if (data is not null)
        {
            text.Append(" data-value=\"").Append(E(data)).Append('"');
        }
    }

    private Svg Close(string element, string? title)
    {
        if (title is null)
        {
            text.Append("/>\n");
        }
        else
        {
            text.Append("><title>").Append(E(title)).Append("</title></").Append(element).Append(">\n");
        }

        return this;
    }
}
