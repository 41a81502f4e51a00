namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>frame_support::dispatch::DispatchInfo</c>: the declared weight of the call, the weight of the transaction extensions,
/// the class and whether it pays a fee. Fees and block limits use <see cref="TotalWeight"/>.
/// </summary>
public readonly record struct DispatchInfo(Weight CallWeight, Weight ExtensionWeight, DispatchClass Class, Pays PaysFee)
{
    public Weight TotalWeight => CallWeight.SaturatingAdd(ExtensionWeight);
}
