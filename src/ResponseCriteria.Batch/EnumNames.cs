using System;
using System.Runtime.CompilerServices;

namespace ResponseCriteria.Batch;

/// <summary>
/// The names of a byte-sized enum's values as <see cref="Enum.ToString()"/> gives them (flags joined by ", "), each made once:
/// calling <c>ToString</c> on an enum value boxes it, and the result writer names five rules a row.
/// </summary>
/// <typeparam name="T">An enum whose underlying type is <see cref="byte"/>.</typeparam>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly string?[] Names = Unsafe.SizeOf<T>() == sizeof(byte)
        ? new string?[byte.MaxValue + 1]
        : throw new InvalidOperationException($"{typeof(T).Name} is not a byte-sized enum.");

    internal static string Of(T value)
    {
        var names = Names;
        return names[Unsafe.As<T, byte>(ref value)] ??= value.ToString();
    }
}
