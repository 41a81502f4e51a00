namespace Bittensor.Core.Scale;

/// <summary>A Rust <c>Result&lt;T, E&gt;</c> value: either Ok(<typeparamref name="T"/>) or Err(<typeparamref name="TError"/>).</summary>
public readonly struct ScaleResult<T, TError> : IEquatable<ScaleResult<T, TError>>
{
    private readonly T _ok;
    private readonly TError _err;

    private ScaleResult(bool isOk, T ok, TError err)
    {
        IsOk = isOk;
        _ok = ok;
        _err = err;
    }

    public bool IsOk { get; }

    public bool IsErr => !IsOk;

    /// <summary>The Ok value; throws if this is an Err.</summary>
    public T OkValue => IsOk ? _ok : throw new InvalidOperationException("the Result is Err");

    /// <summary>The Err value; throws if this is Ok.</summary>
    public TError ErrValue => IsOk ? throw new InvalidOperationException("the Result is Ok") : _err;

    public static ScaleResult<T, TError> Ok(T value) => new(true, value, default!);

    public static ScaleResult<T, TError> Err(TError error) => new(false, default!, error);

    public bool Equals(ScaleResult<T, TError> other) =>
        IsOk == other.IsOk && (IsOk
            ? EqualityComparer<T>.Default.Equals(_ok, other._ok)
            : EqualityComparer<TError>.Default.Equals(_err, other._err));

    public override bool Equals(object? obj) => obj is ScaleResult<T, TError> other && Equals(other);

    public override int GetHashCode() => IsOk ? HashCode.Combine(true, _ok) : HashCode.Combine(false, _err);

    public override string ToString() => IsOk ? $"Ok({_ok})" : $"Err({_err})";

    public static bool operator ==(ScaleResult<T, TError> left, ScaleResult<T, TError> right) => left.Equals(right);

    public static bool operator !=(ScaleResult<T, TError> left, ScaleResult<T, TError> right) => !left.Equals(right);
}
