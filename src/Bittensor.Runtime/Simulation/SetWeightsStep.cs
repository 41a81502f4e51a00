namespace Bittensor.Runtime.Simulation;

/// <summary>
/// <c>set_weights</c>: the raw values a validator submits; stored max-upscaled (<c>vec_u16_max_upscale_to_u16</c>)
/// in submission order with explicit zeros kept, and <c>LastUpdate[uid] = block</c>.
/// </summary>
/// <param name="Block">Block of the submission.</param>
/// <param name="Uid">The submitting uid.</param>
/// <param name="Dests">Target uids.</param>
/// <param name="Weights">Raw weights, one per target.</param>
public sealed record SetWeightsStep(ulong Block, ushort Uid, ushort[] Dests, ushort[] Weights) : ScenarioStep;
