namespace Bittensor.Core.Metadata;

/// <summary>
/// Thrown by <see cref="ScaleValueCodec"/> when a value does not fit its type; <see cref="ValuePath"/> says where
/// in the value (<c>.dest.Id[0]</c>) and <see cref="Reason"/> what was wrong.
/// </summary>
public sealed class ValueEncodeException : ArgumentException
{
    public ValueEncodeException()
        : this("", "the value does not fit its type")
    {
    }

    public ValueEncodeException(string message)
        : this("", message)
    {
    }

    public ValueEncodeException(string message, Exception innerException)
        : base(message, innerException)
    {
        ValuePath = "";
        Reason = message;
    }

    public ValueEncodeException(string valuePath, string reason)
        : base(Compose(valuePath, reason))
    {
        ValuePath = valuePath;
        Reason = reason;
    }

    /// <summary>The location in the value tree, e.g. <c>.Balances.transfer_keep_alive.dest</c>; empty for the root.</summary>
    public string ValuePath { get; }

    /// <summary>What did not fit.</summary>
    public string Reason { get; }

    /// <summary>The same failure one level further out.</summary>
    internal ValueEncodeException Under(string segment) => new(segment + ValuePath, Reason);

    private static string Compose(string path, string reason) =>
        path.Length == 0 ? $"cannot encode value: {reason}" : $"cannot encode value at {path}: {reason}";
}
