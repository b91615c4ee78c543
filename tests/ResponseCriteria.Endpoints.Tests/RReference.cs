using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Cases.Tests;

/// <summary>
/// The reference values R computed (eng/reference/endpoints.R, outputs in tests/data/r-reference): read as tables of strings,
/// numbers parsed invariantly, R's NA as NaN and Inf as infinity.
/// </summary>
internal static class RReference
{
    /// <summary>Absolute tolerance for every probability, standard error and statistic compared with R (R prints 15 significant digits).</summary>
    internal const double Tolerance = 1e-9;

    internal static IReadOnlyList<Dictionary<string, string>> Read(string name)
    {
        var table = SdtmTableReader.Read(Path.Combine(Repository.Data, "r-reference", name));
        return Enumerable.Range(0, table.RowCount).Select(i => table.Columns.ToDictionary(c => c, c => table.Get(i, c))).ToArray();
    }

    internal static double Number(string text) => text switch
    {
        "" => double.NaN,
        "Inf" => double.PositiveInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    internal static double? Optional(string text) => text.Length == 0 ? null : Number(text);

    /// <summary>Survival inputs of one dataset (group, time, event).</summary>
    internal static (string Group, double Time, bool Event)[] Survival(string dataset)
        => Read("survival_input.csv").Where(r => r["dataset"] == dataset).Select(r => (r["group"], Number(r["time"]), r["event"] == "1")).ToArray();
}
