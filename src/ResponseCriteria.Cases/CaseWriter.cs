using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Series;

namespace ResponseCriteria.Cases;

/// <summary>Writes case files (format version 1) as indented UTF-8 JSON that <see cref="CaseReader"/> reads back to an equal case.</summary>
public static class CaseWriter
{
    /// <summary>The pattern names of the format's <c>expected.patterns</c>, indexed by <see cref="Patterns.ResponsePattern"/>.</summary>
    internal static readonly string[] PatternNames = ["mixedResponse", "dissociatedResponse", "pseudoprogression", "hyperprogression"];

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a case as JSON text.</summary>
    /// <param name="caseFile">The case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public static string Write(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, caseFile);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter w, CaseFile c)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion", CaseFile.FormatVersion);
        w.WriteString("id", c.Id);
        if (c.Title is not null)
        {
            w.WriteString("title", c.Title);
        }

        w.WriteString("criteria", ResponseCodes.CriteriaName(c.Criteria));
        if (!c.Options.IsEmpty)
        {
            w.WriteStartObject("options");
            WriteIf(w, "confirmation", c.Options.Confirmation);
            WriteIf(w, "minimumConfirmationDays", c.Options.MinimumConfirmationDays);
            WriteIf(w, "minimumStableDiseaseDays", c.Options.MinimumStableDiseaseDays);
            WriteIf(w, "iUpdConfirmationMinDays", c.Options.IUpdConfirmationMinDays);
            WriteIf(w, "iUpdConfirmationMaxDays", c.Options.IUpdConfirmationMaxDays);
            w.WriteEndObject();
        }

        w.WriteStartArray("lesions");
        foreach (var lesion in c.Series.Lesions)
        {
            w.WriteStartObject();
            w.WriteString("id", lesion.Id);
            w.WriteString("organ", lesion.Organ);
            w.WriteString("role", lesion.IsTarget ? "target" : "nonTarget");
            if (lesion.IsLymphNode)
            {
                w.WriteBoolean("lymphNode", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("assessments");
        WriteAssessment(w, c.Series.Baseline, c.Series.Lesions);
        foreach (var assessment in c.Series.FollowUps)
        {
            WriteAssessment(w, assessment, c.Series.Lesions);
        }

        w.WriteEndArray();
        if (c.Series.PreBaseline is { } pre)
        {
            w.WriteStartObject("preBaseline");
            w.WriteString("date", Format(pre.Date));
            WriteTargets(w, pre, c.Series.Lesions, always: true);
            w.WriteEndObject();
        }

        if (c.Expected is { } e)
        {
            w.WriteStartObject("expected");
            if (e.TimePoints is { } tps)
            {
                w.WriteStartArray("timepoints");
                foreach (var tp in tps)
                {
                    w.WriteStringValue(tp);
                }

                w.WriteEndArray();
            }

            if (e.BestOverallResponse is { } best)
            {
                w.WriteString("bestOverallResponse", best);
            }

            if (e.HasProgressionDate)
            {
                if (e.ProgressionDate is { } date)
                {
                    w.WriteString("progressionDate", Format(date));
                }
                else
                {
                    w.WriteNull("progressionDate");
                }
            }

            if (e.Patterns is { } patterns)
            {
                w.WriteStartArray("patterns");
                foreach (var pattern in patterns)
                {
                    w.WriteStringValue(pattern);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter w, Assessment a, IReadOnlyList<Lesion> lesions)
    {
        w.WriteStartObject();
        w.WriteString("date", Format(a.Date));
        if (a.Unscheduled is { } unscheduled)
        {
            w.WriteBoolean("unscheduled", unscheduled);
        }

        WriteTargets(w, a, lesions, always: false);
        if (a.NonTargets.Count > 0)
        {
            w.WriteStartObject("nonTargets");
            foreach (var id in Ordered(a.NonTargets.Keys, lesions))
            {
                w.WriteString(id, StatusCode(a.NonTargets[id]));
            }

            w.WriteEndObject();
        }

        if (a.NewLesions.Count > 0)
        {
            w.WriteStartArray("newLesions");
            foreach (var n in a.NewLesions)
            {
                w.WriteStartObject();
                w.WriteString("id", n.Id);
                w.WriteString("organ", n.Organ);
                if (n.IsLymphNode)
                {
                    w.WriteBoolean("lymphNode", true);
                }

                if (n.Size is { } size)
                {
                    w.WritePropertyName("size");
                    WriteMeasurement(w, size);
                }

                if (n.Status != NonTargetStatus.Present)
                {
                    w.WriteString("status", StatusCode(n.Status));
                }

                if (n.IsEquivocal)
                {
                    w.WriteBoolean("equivocal", true);
                }

                if (n.Role is { } role)
                {
                    w.WriteString("role", role == LesionRole.Target ? "target" : "nonTarget");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteTargets(Utf8JsonWriter w, Assessment a, IReadOnlyList<Lesion> lesions, bool always)
    {
        if (a.Targets.Count == 0 && !always)
        {
            return;
        }

        w.WriteStartObject("targets");
        foreach (var id in Ordered(a.Targets.Keys, lesions))
        {
            w.WritePropertyName(id);
            WriteMeasurement(w, a.Targets[id]);
        }

        w.WriteEndObject();
    }

    /// <summary>Lesion ids in declaration order, then any others in ordinal order: the output does not depend on dictionary order.</summary>
    private static List<string> Ordered(IEnumerable<string> ids, IReadOnlyList<Lesion> lesions)
    {
        var remaining = new SortedSet<string>(ids, StringComparer.Ordinal);
        var ordered = new List<string>(remaining.Count);
        foreach (var lesion in lesions)
        {
            if (remaining.Remove(lesion.Id))
            {
                ordered.Add(lesion.Id);
            }
        }

        ordered.AddRange(remaining);
        return ordered;
    }

    private static void WriteMeasurement(Utf8JsonWriter w, Measurement m)
    {
        switch (m.Kind)
        {
            case MeasurementKind.Measured:
                w.WriteNumberValue(m.Millimetres!.Value);
                break;
            case MeasurementKind.TooSmallToMeasure:
                w.WriteStringValue("TSTM");
                break;
            default:
                w.WriteStringValue("NE");
                break;
        }
    }

    internal static string StatusCode(NonTargetStatus status) => status switch
    {
        NonTargetStatus.Present => "present",
        NonTargetStatus.Absent => "absent",
        NonTargetStatus.Progression => "progression",
        NonTargetStatus.FurtherIncrease => "furtherIncrease",
        _ => "NE",
    };

    private static void WriteIf(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static void WriteIf(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
