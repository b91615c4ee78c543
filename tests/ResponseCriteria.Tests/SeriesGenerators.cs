using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

namespace ResponseCriteria.Tests;

/// <summary>FsCheck generators of patient series: plausible ones (valid case files) and nonsense ones (anything the types allow).</summary>
internal static class SeriesGenerators
{
    private static readonly string[] Organs = ["liver", "Liver", "lung", "bone", "kidney", "brain"];

    private static readonly NonTargetStatus[] Statuses = [NonTargetStatus.Present, NonTargetStatus.Present, NonTargetStatus.Absent, NonTargetStatus.Progression, NonTargetStatus.FurtherIncrease, NonTargetStatus.NotEvaluable];

    private static Gen<decimal> Millimetres(int maxTenths) => Gen.Choose(0, maxTenths).Select(t => t / 10m);

    private static Gen<Measurement> FollowUpMeasurement() => Gen.Frequency(
        (8, Millimetres(1500).Select(Measurement.FromMillimetres)),
        (1, Gen.Constant(Measurement.TooSmallToMeasure)),
        (1, Gen.Constant(Measurement.NotEvaluable)),
        (1, Gen.Constant(Measurement.Disappeared)));

    private static Gen<Lesion> LesionGen(string id, bool target) =>
        from organ in Gen.Elements(Organs)
        from node in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Lesion(id, organ, target ? LesionRole.Target : LesionRole.NonTarget, node);

    /// <summary>A new lesion; its organ follows from its id, as the same id is the same lesion at every assessment.</summary>
    private static Gen<NewLesion> NewLesionGen(string id) =>
        from organ in Gen.Constant(Organs[id.Length % Organs.Length])
        from sized in Gen.Elements(true, false)
        from size in FollowUpMeasurement()
        from status in Gen.Elements(Statuses)
        from equivocal in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new NewLesion(id, organ, false, sized ? size : null, status, equivocal);

    /// <summary>A valid series: measured baseline targets of 10–100 mm, dates strictly increasing, only declared lesions.</summary>
    internal static Gen<PatientSeries> Plausible() =>
        from targetCount in Gen.Choose(0, 5)
        from nonTargetCount in Gen.Choose(0, 3)
        from targets in Gen.CollectToArray(Enumerable.Range(1, targetCount).Select(i => LesionGen("T" + i, true)))
        from nonTargets in Gen.CollectToArray(Enumerable.Range(1, nonTargetCount).Select(i => LesionGen("NT" + i, false)))
        from baselineSizes in Gen.ListOf(Millimetres(1000).Select(v => v + 10m), targetCount)
        from followUpCount in Gen.Choose(0, 6)
        from gaps in Gen.ListOf(Gen.Choose(1, 120), followUpCount)
        from rows in Gen.ListOf(FollowUpRow(targetCount, nonTargetCount), followUpCount)
        select Build(targets.ToList(), nonTargets.ToList(), baselineSizes.ToList(), gaps.ToList(), rows.ToList());

    private static Gen<(Measurement[] Targets, NonTargetStatus[] NonTargets, NewLesion[] New)> FollowUpRow(int targetCount, int nonTargetCount) =>
        from targets in Gen.ListOf(FollowUpMeasurement(), targetCount)
        from nonTargets in Gen.ListOf(Gen.Elements(Statuses), nonTargetCount)
        from newCount in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from newLesions in Gen.CollectToArray(Enumerable.Range(1, newCount).Select(i => NewLesionGen("NL" + i)))
        select (targets.ToArray(), nonTargets.ToArray(), newLesions.ToArray());

    private static PatientSeries Build(
        List<Lesion> targets,
        List<Lesion> nonTargets,
        List<decimal> baselineSizes,
        List<int> gaps,
        List<(Measurement[] Targets, NonTargetStatus[] NonTargets, NewLesion[] New)> rows)
    {
        var date = new LocalDate(2024, 1, 1);
        var baseline = new Assessment(
            date,
            targets.Select((t, i) => new KeyValuePair<string, Measurement>(t.Id, Measurement.FromMillimetres(baselineSizes[i]))),
            nonTargets.Select(n => new KeyValuePair<string, NonTargetStatus>(n.Id, NonTargetStatus.Present)));
        var followUps = new List<Assessment>();
        for (var k = 0; k < rows.Count; k++)
        {
            date = date.PlusDays(gaps[k]);
            var row = rows[k];
            followUps.Add(new Assessment(
                date,
                targets.Select((t, i) => new KeyValuePair<string, Measurement>(t.Id, row.Targets[i])),
                nonTargets.Select((n, i) => new KeyValuePair<string, NonTargetStatus>(n.Id, row.NonTargets[i])),
                row.New,
                (gaps[k] % 3) switch { 0 => null, 1 => true, _ => false }));
        }

        return new PatientSeries(targets.Concat(nonTargets), baseline, followUps, id: "generated");
    }

    /// <summary>Anything the types allow: duplicate and undeclared ids, dates in any order, unmeasured baselines, clashing new-lesion ids.</summary>
    internal static Gen<PatientSeries> Nonsense()
    {
        var ids = Gen.Elements("A", "B", "C", "T1", "NL1");
        var lesion = from id in ids from target in Gen.Elements(true, false) from l in LesionGen(id, target) select l;
        var measurement = Gen.Frequency((3, FollowUpMeasurement()), (1, Millimetres(10_000_000).Select(Measurement.FromMillimetres)));
        var assessment =
            from day in Gen.Choose(-400, 400)
            from targetIds in Gen.ListOf(ids).Select(l => l.Distinct().ToList())
            from sizes in Gen.ListOf(measurement, 5)
            from statusIds in Gen.ListOf(ids).Select(l => l.Distinct().ToList())
            from statuses in Gen.ListOf(Gen.Elements(Statuses), 5)
            from newIds in Gen.ListOf(ids).Select(l => l.Distinct().Take(3).ToList())
            from newLesions in Gen.CollectToArray(newIds.Select(NewLesionGen))
            from unscheduled in Gen.Elements<bool?>(null, true, false)
            select new Assessment(
                new LocalDate(2024, 1, 1).PlusDays(day),
                targetIds.Select((id, i) => new KeyValuePair<string, Measurement>(id, sizes[i % sizes.Count])),
                statusIds.Select((id, i) => new KeyValuePair<string, NonTargetStatus>(id, statuses[i % statuses.Count])),
                newLesions,
                unscheduled);
        return
            from lesions in Gen.ListOf(lesion)
            from baseline in assessment
            from followUps in Gen.ListOf(assessment)
            select new PatientSeries(lesions, baseline, followUps);
    }
}
