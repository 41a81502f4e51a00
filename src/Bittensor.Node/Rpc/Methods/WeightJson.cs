using System.Text.Json.Serialization;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>sp_weights <c>Weight</c> as serde writes it: <c>{"ref_time":n,"proof_size":n}</c> (upstream's own test in types.rs).</summary>
internal sealed record WeightJson(
    [property: JsonPropertyName("ref_time")] ulong RefTime,
    [property: JsonPropertyName("proof_size")] ulong ProofSize);
