using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ResponseCriteria.Sdtm;

/// <summary>
/// Splits one VISITNUM's records into assessments. Records of one visit usually span a few dates (a CT one day, a bone scan
/// another) and form one assessment; but when the same result (lesion and test) is recorded on two different full dates, the
/// VISITNUM was reused for two assessments (unscheduled visits often are), and the records are split by date. Records with an
/// imputed day join the assessment of the same month.
/// </summary>
internal static class VisitGroups
{
    internal static List<List<T>> Split<T>(List<T> records, Func<T, string> key, Func<T, LocalDate> date, Func<T, bool> imputed)
    {
        if (OneFullDate(records, date, imputed))
        {
            return [records];
        }

        var full = records.Where(r => !imputed(r)).ToList();
        var dates = full.Select(date).Distinct().OrderBy(d => d).ToList();
        var reused = dates.Count > 1 && full.GroupBy(key).Any(g => g.Select(date).Distinct().Skip(1).Any());
        if (!reused)
        {
            return [records];
        }

        var groups = dates.ToDictionary(d => d, _ => new List<T>());
        foreach (var record in records)
        {
            var d = date(record);
            var target = imputed(record) ? dates.FirstOrDefault(f => f.Year == d.Year && f.Month == d.Month, dates[0]) : d;
            groups[target].Add(record);
        }

        return dates.Select(d => groups[d]).Where(g => g.Count > 0).ToList();
    }

    /// <summary>Whether the records with a full date have at most one date between them (the usual visit: nothing to split).</summary>
    private static bool OneFullDate<T>(List<T> records, Func<T, LocalDate> date, Func<T, bool> imputed)
    {
        LocalDate? seen = null;
        foreach (var record in records)
        {
            if (imputed(record))
            {
                continue;
            }

            var d = date(record);
            if (seen.HasValue && seen.Value != d)
            {
                return false;
            }

            seen = d;
        }

        return true;
    }
}
