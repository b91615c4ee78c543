namespace ResponseCriteria.Charts;

/// <summary>Axes, grid lines, tick labels and axis titles of an x/y chart.</summary>
internal static class Frame
{
    internal static void Draw(Svg svg, Scale x, Scale y, string xTitle, string yTitle, System.Func<double, string>? xLabel = null, System.Func<double, string>? yLabel = null)
    {
        xLabel ??= Svg.F;
        yLabel ??= Svg.F;
        svg.Group("gridlines");
        foreach (var t in y.Ticks)
        {
            svg.Line(x.From, y.Map(t), x.To, y.Map(t), "grid");
        }

        svg.End();
        svg.Group("axes");
        svg.Line(x.From, y.From, x.To, y.From, "axis");
        svg.Line(x.From, y.From, x.From, y.To, "axis");
        foreach (var t in x.Ticks)
        {
            svg.Line(x.Map(t), y.From, x.Map(t), y.From + 4, "axis");
            svg.Text(x.Map(t), y.From + 16, xLabel(t), "middle", "muted");
        }

        foreach (var t in y.Ticks)
        {
            svg.Text(x.From - 6, y.Map(t) + 4, yLabel(t), "end", "muted");
        }

        svg.Text((x.From + x.To) / 2, y.From + 34, xTitle, "middle");
        svg.Text(x.From - 46, (y.From + y.To) / 2, yTitle, "middle", rotate: -90);
        svg.End();
    }
}
