using System;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Cli;

/// <summary><c>recist evaluate --compare</c>: one case read under RECIST 1.1 and iRECIST, side by side.</summary>
internal static class CompareReport
{
    internal static void Write(CaseFile c, EvaluationResult recist, EvaluationResult irecist, TextWriter w)
    {
        w.WriteLine($"{c.Id}{(c.Title is null ? string.Empty : ": " + c.Title)} [RECIST 1.1 vs iRECIST]");
        w.WriteLine();
        var rows = recist.TimePoints.Select((tp, i) => new[]
        {
            TextReport.Date(tp.Date),
            tp.DaysFromBaseline.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ResponseCodes.ToCode(tp.Response, Criteria.Recist11),
            ResponseCodes.ToCode(irecist.TimePoints[i].Response, Criteria.IRecist),
        }).ToList();
        TextTable.Write(w, ["date", "day", "RECIST 1.1", "iRECIST"], rows, 1);
        w.WriteLine();
        w.WriteLine($"best overall response: RECIST 1.1 {ResponseCodes.ToCode(recist.BestOverallResponse.Response, Criteria.Recist11)}; iRECIST {ResponseCodes.ToCode(irecist.BestOverallResponse.Response, Criteria.IRecist)}");
        var recistPd = recist.ProgressionDate is { } pd ? $"PD on {TextReport.Date(pd)} ({TextReport.Since(recist.BaselineDate, pd)})" : "no progression";
        var irecistPd = irecist.ProgressionDate is { } iupd && irecist.ProgressionConfirmationDate is { } icpd
            ? $"iUPD on {TextReport.Date(iupd)} ({TextReport.Since(irecist.BaselineDate, iupd)}), confirmed by iCPD on {TextReport.Date(icpd)} ({TextReport.Since(irecist.BaselineDate, icpd)})"
            : irecist.UnconfirmedProgressionDate is { } open ? $"iUPD on {TextReport.Date(open)} never confirmed (no event)" : "no confirmed progression";
        w.WriteLine($"progression: RECIST 1.1 {recistPd}");
        w.WriteLine($"             iRECIST {irecistPd}");
        if (recist.ProgressionDate is { } first && irecist.ProgressionConfirmationDate is { } confirmed && confirmed > first)
        {
            var days = NodaTime.Period.Between(first, confirmed, NodaTime.PeriodUnits.Days).Days;
            w.WriteLine($"under RECIST 1.1 progression ends the evaluation on {TextReport.Date(first)}; iRECIST follows the patient beyond it and confirms progression {days} days later");
        }

        w.WriteLine();
    }
}
