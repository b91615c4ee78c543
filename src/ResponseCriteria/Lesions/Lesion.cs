using System;

namespace ResponseCriteria.Lesions;

/// <summary>
/// A lesion chosen at baseline: its id, organ, role (target or non-target) and whether it is a lymph node.
/// Immutable. Organ names compare case-insensitively (<see cref="OrganComparer"/>); lesion ids are ordinal.
/// </summary>
public sealed class Lesion
{
    /// <summary>Compares organ names: ordinal, ignoring case ("Liver" and "liver" are one organ).</summary>
    public static StringComparer OrganComparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Creates a baseline lesion.</summary>
    /// <param name="id">The lesion id, unique in the series (compared ordinally).</param>
    /// <param name="organ">The organ or site, compared case-insensitively.</param>
    /// <param name="role">Target or non-target.</param>
    /// <param name="isLymphNode">Whether the lesion is a lymph node (measured on its short axis).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="organ"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="organ"/> is empty.</exception>
    public Lesion(string id, string organ, LesionRole role, bool isLymphNode = false)
    {
        Id = Preconditions.CheckNotEmpty(id, nameof(id));
        Organ = Preconditions.CheckNotEmpty(organ, nameof(organ));
        if (role is not (LesionRole.Target or LesionRole.NonTarget))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown lesion role.");
        }

        Role = role;
        IsLymphNode = isLymphNode;
    }

    /// <summary>The lesion id, unique among all lesions of a series.</summary>
    public string Id { get; }

    /// <summary>The organ or site as given.</summary>
    public string Organ { get; }

    /// <summary>Target or non-target.</summary>
    public LesionRole Role { get; }

    /// <summary>Whether the lesion is a lymph node; nodes are measured on the short axis and all nodes count as one organ.</summary>
    public bool IsLymphNode { get; }

    /// <summary>Whether the lesion is a target lesion.</summary>
    public bool IsTarget => Role == LesionRole.Target;

    /// <inheritdoc/>
    public override string ToString()
        => $"{Id} ({Organ}{(IsLymphNode ? ", node" : string.Empty)}, {(IsTarget ? "target" : "non-target")})";
}
