using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>A value of the runtime's outer call enum: <c>pallet_index ++ call_index ++ args</c>.</summary>
public sealed class RuntimeCall : IScaleEncodable
{
    internal RuntimeCall(CallArgs args) => Args = args;

    public CallArgs Args { get; }

    public CallDescriptor Call => Args.Call;

    /// <summary>The declared dispatch info (weight, class, pays) of this call with these arguments.</summary>
    public DispatchInfo GetDispatchInfo() => Call.Info(Args);

    public bool Is(CallDescriptor call) => ReferenceEquals(Call, call);

    public void EncodeTo(ref ScaleWriter writer)
    {
        writer.WriteU8(Call.Pallet.Index);
        writer.WriteU8(Call.Index);
        for (int i = 0; i < Call.Parameters.Count; i++)
        {
            ScaleValue.Encode(Call.Parameters[i].Type, Args.Values[i], ref writer);
        }
    }

    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        var writer = new ScaleWriter(buffer);
        EncodeTo(ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    public override string ToString() => $"{Call}({string.Join(", ", Args.Values)})";
}
