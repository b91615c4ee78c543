using System;

namespace ResponseCriteria.Lesions;

/// <summary>
/// A lesion not seen at baseline, as recorded at one assessment. The same <see cref="Id"/> at several
/// assessments is the same lesion followed over time. Immutable.
/// </summary>
public sealed class NewLesion
{
    /// <summary>Creates a new-lesion record.</summary>
    /// <param name="id">The lesion id, unique among all lesion ids of the series.</param>
    /// <param name="organ">The organ or site, compared case-insensitively.</param>
    /// <param name="isLymphNode">Whether it is a lymph node (measured on its short axis).</param>
    /// <param name="size">Its size when measured; null when not measured. When given it governs and <paramref name="status"/> is ignored.</param>
    /// <param name="status">Its state when followed by status; <see cref="NonTargetStatus.Present"/> by default.</param>
    /// <param name="isEquivocal">Whether the reader is unsure it is a new lesion (RECIST 1.1).</param>
    /// <param name="role">The iRECIST category chosen by the reader (new-lesion target or non-target); null lets the evaluator choose.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="organ"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="organ"/> is empty.</exception>
    public NewLesion(
        string id,
        string organ,
        bool isLymphNode = false,
        Measurement? size = null,
        NonTargetStatus status = NonTargetStatus.Present,
        bool isEquivocal = false,
        LesionRole? role = null)
    {
        Id = Preconditions.CheckNotEmpty(id, nameof(id));
        Organ = Preconditions.CheckNotEmpty(organ, nameof(organ));
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");
        }

        if (role is { } r && !Enum.IsDefined(r))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown lesion role.");
        }

        IsLymphNode = isLymphNode;
        Size = size;
        Status = status;
        IsEquivocal = isEquivocal;
        Role = role;
    }

    /// <summary>The lesion id.</summary>
    public string Id { get; }

    /// <summary>The organ or site as given.</summary>
    public string Organ { get; }

    /// <summary>Whether it is a lymph node.</summary>
    public bool IsLymphNode { get; }

    /// <summary>Its size when measured, else null.</summary>
    public Measurement? Size { get; }

    /// <summary>Its state when followed by status (ignored when <see cref="Size"/> is given).</summary>
    public NonTargetStatus Status { get; }

    /// <summary>Whether the finding is equivocal.</summary>
    public bool IsEquivocal { get; }

    /// <summary>The iRECIST category chosen by the reader, or null.</summary>
    public LesionRole? Role { get; }

    /// <summary>
    /// Whether the lesion is there: a size above 0 mm, too small to measure or not evaluable, or (without a size)
    /// any status but <see cref="NonTargetStatus.Absent"/>. A lesion recorded but not evaluable is still there.
    /// </summary>
    public bool IsPresent => Size is { } size
        ? size.Kind != MeasurementKind.Measured || size.Millimetres > 0m
        : Status != NonTargetStatus.Absent;

    /// <inheritdoc/>
    public override string ToString()
        => $"{Id} ({Organ}{(IsLymphNode ? ", node" : string.Empty)}, {(Size is { } s ? s.ToString() : Status.ToString())}{(IsEquivocal ? ", equivocal" : string.Empty)})";
}
