namespace Bittensor.Runtime.Epoch;

/// <summary>
/// One stored entry of a <c>Weights</c> or <c>Bonds</c> row: the target uid and its u16 value, exactly as the
/// chain keeps them (<c>Vec&lt;(u16, u16)&gt;</c>). Rows keep their stored order, and an entry whose value is 0
/// is meaningful (an explicitly submitted zero weight keeps a Yuma 3 bond decaying).
/// </summary>
/// <param name="Uid">The column: the uid the weight or bond points at.</param>
/// <param name="Value">The stored u16 value.</param>
public readonly record struct SparseEntry(ushort Uid, ushort Value);
