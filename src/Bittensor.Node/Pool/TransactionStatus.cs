using System.Text.Json.Serialization;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Pool;

/// <summary>
/// One update of a watched transaction. <see cref="Hash"/> is the block for inBlock/finalized and the replacing transaction
/// for usurped. Serialized as Substrate's serde form: <c>"future"</c>, <c>"ready"</c>, <c>{"inBlock":"0x…"}</c>,
/// <c>{"finalized":"0x…"}</c>, <c>{"usurped":"0x…"}</c>, <c>"dropped"</c>, <c>"invalid"</c>.
/// </summary>
[JsonConverter(typeof(TransactionStatusJsonConverter))]
internal sealed record TransactionStatus(TransactionStatusKind Kind, H256? Hash = null)
{
    public static TransactionStatus Future { get; } = new(TransactionStatusKind.Future);

    public static TransactionStatus Ready { get; } = new(TransactionStatusKind.Ready);

    public static TransactionStatus Dropped { get; } = new(TransactionStatusKind.Dropped);

    public static TransactionStatus Invalid { get; } = new(TransactionStatusKind.Invalid);

    /// <summary>Final states end the watch (Substrate: finalized, usurped, dropped, invalid; finalityTimeout is not produced).</summary>
    public bool IsFinal => Kind is TransactionStatusKind.Finalized or TransactionStatusKind.Usurped or TransactionStatusKind.Dropped or TransactionStatusKind.Invalid;

    public static TransactionStatus InBlock(in H256 block) => new(TransactionStatusKind.InBlock, block);

    public static TransactionStatus Finalized(in H256 block) => new(TransactionStatusKind.Finalized, block);

    public static TransactionStatus Usurped(in H256 by) => new(TransactionStatusKind.Usurped, by);
}
