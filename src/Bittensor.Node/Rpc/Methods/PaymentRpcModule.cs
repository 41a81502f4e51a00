using System.Globalization;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// <c>payment_queryInfo</c> and <c>payment_queryFeeDetails</c> (pallet-transaction-payment <c>rpc/src/lib.rs</c>): the
/// runtime's <c>query_info</c>/<c>query_fee_details</c> for an encoded extrinsic at a block (best when no hash). An
/// undecodable extrinsic is error 2, a failing runtime call error 1, each with upstream's message and the reason as data.
/// </summary>
internal sealed class PaymentRpcModule(IBlockchain chain) : IRpcModule
{
    /// <summary>Upstream's <c>Error::RuntimeError</c>.</summary>
    public const int RuntimeErrorCode = 1;

    /// <summary>Upstream's <c>Error::DecodeError</c>.</summary>
    public const int DecodeErrorCode = 2;

    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        methods.Add("payment_queryInfo", QueryInfo, ChainJsonContext.Default.RuntimeDispatchInfoJson);
        methods.Add("payment_queryFeeDetails", QueryFeeDetails, ChainJsonContext.Default.FeeDetailsJson);
    }

    private RuntimeDispatchInfoJson QueryInfo(RpcParams p)
    {
        const string Failure = "Unable to query dispatch info.";
        byte[] extrinsic = p.GetBytes(0, "encoded_xt");
        IReadOnlyKeyValueStore state = StateAt(p, Failure);
        RuntimeDispatchInfo info = Run(() => chain.Runtime.Runtime.QueryInfo(state, extrinsic), Failure);
        return new RuntimeDispatchInfoJson(
            new WeightJson(info.Weight.RefTime, info.Weight.ProofSize),
            ClassName(info.Class),
            info.PartialFee.ToString(CultureInfo.InvariantCulture));
    }

    private FeeDetailsJson QueryFeeDetails(RpcParams p)
    {
        const string Failure = "Unable to query fee details.";
        byte[] extrinsic = p.GetBytes(0, "encoded_xt");
        IReadOnlyKeyValueStore state = StateAt(p, Failure);
        FeeDetails details = Run(() => chain.Runtime.Runtime.QueryFeeDetails(state, extrinsic), Failure);
        return new FeeDetailsJson(details.HasInclusionFee ? new InclusionFeeJson(details.BaseFee, details.LengthFee, details.AdjustedWeightFee) : null);
    }

    /// <summary>serde's camelCase of frame_support's <c>DispatchClass</c>.</summary>
    internal static string ClassName(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => "normal",
        DispatchClass.Operational => "operational",
        DispatchClass.Mandatory => "mandatory",
        _ => throw new ArgumentOutOfRangeException(nameof(dispatchClass), dispatchClass, "unknown dispatch class"),
    };

    private IReadOnlyKeyValueStore StateAt(RpcParams p, string failure)
    {
        H256 hash = p.GetOptionalHash(1, "at") ?? chain.Best.Hash;
        return chain.GetState(hash)
            ?? throw RpcError.WithText(RuntimeErrorCode, failure, $"Api called for an unknown Block: State already discarded for {hash}").ToException();
    }

    private static T Run<T>(Func<T> query, string failure)
    {
        try
        {
            return query();
        }
        catch (FormatException ex)
        {
            throw RpcError.WithText(DecodeErrorCode, failure, ex.Message).ToException();
        }
    }
}
