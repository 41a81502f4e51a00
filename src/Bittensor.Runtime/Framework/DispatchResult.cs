namespace Bittensor.Runtime.Framework;

/// <summary>
/// The outcome of a dispatch (<c>DispatchResultWithPostInfo</c>): success or a <see cref="DispatchError"/>, plus the post-dispatch
/// info, i.e. an optional actual weight (refunds) and whether the fee is waived (<see cref="Pays.No"/>).
/// </summary>
public readonly record struct DispatchResult(DispatchError? Error, Weight? ActualWeight, Pays PaysFee)
{
    public static DispatchResult Ok => default;

    public bool IsOk => Error is null;

    public static DispatchResult Success(Pays paysFee = Pays.Yes, Weight? actualWeight = null) => new(null, actualWeight, paysFee);

    public static DispatchResult Failure(DispatchError error, Pays paysFee = Pays.Yes, Weight? actualWeight = null) => new(error, actualWeight, paysFee);

    /// <summary>The weight actually used given the declared <paramref name="info"/> (PostDispatchInfo::calc_actual_weight).</summary>
    public Weight ActualWeightFor(in DispatchInfo info) => ActualWeight is { } actual ? actual.Min(info.TotalWeight) : info.TotalWeight;

    /// <summary>Pays only if both the declaration and the result pay (PostDispatchInfo::pays_fee).</summary>
    public Pays PaysFeeFor(in DispatchInfo info) => info.PaysFee == Pays.No || PaysFee == Pays.No ? Pays.No : Pays.Yes;

    public static implicit operator DispatchResult(DispatchError error) => Failure(error);

    public static implicit operator DispatchResult(ErrorDescriptor error) => Failure(error?.ToDispatchError() ?? throw new ArgumentNullException(nameof(error)));

    public override string ToString() => Error is { } e ? $"Err({e})" : "Ok";
}
