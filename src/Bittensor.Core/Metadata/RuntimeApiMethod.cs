namespace Bittensor.Core.Metadata;

/// <summary>
/// A runtime API method found through <see cref="ChainMetadata.RuntimeApi"/>: what to pass to
/// <c>state_call</c> (<see cref="StateCallName"/>, the SCALE-concatenated arguments) and how to read its answer.
/// </summary>
public sealed class RuntimeApiMethod
{
    private readonly ScaleValueCodec _codec;

    internal RuntimeApiMethod(ScaleValueCodec codec, RuntimeApiMetadata api, RuntimeApiMethodMetadata method)
    {
        _codec = codec;
        Api = api;
        Method = method;
    }

    public RuntimeApiMetadata Api { get; }

    public RuntimeApiMethodMetadata Method { get; }

    public string ApiName => Api.Name;

    public string Name => Method.Name;

    /// <summary>The <c>state_call</c> method name: <c>"{Api}_{method}"</c>.</summary>
    public string StateCallName => $"{Api.Name}_{Method.Name}";

    public IReadOnlyList<RuntimeApiMethodParameter> Inputs => Method.Inputs;

    public uint OutputType => Method.Output;

    /// <summary>The <c>state_call</c> data: each argument encoded as its input type, concatenated.</summary>
    public byte[] EncodeArguments(params ReadOnlySpan<ScaleValue> arguments)
    {
        if (arguments.Length != Method.Inputs.Count)
        {
            throw new ArgumentException($"{StateCallName} takes {Method.Inputs.Count} argument(s) ({string.Join(", ", Method.Inputs.Select(i => i.Name))}), got {arguments.Length}", nameof(arguments));
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        var writer = new Scale.ScaleWriter(buffer);
        for (int i = 0; i < arguments.Length; i++)
        {
            try
            {
                _codec.Encode(Method.Inputs[i].Type, arguments[i], ref writer);
            }
            catch (ValueEncodeException e)
            {
                throw e.Under(Method.Inputs[i].Name);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes the <c>state_call</c> result (all of it) as the output type.</summary>
    public ScaleValue DecodeOutput(ReadOnlySpan<byte> result) => _codec.Decode(Method.Output, result);

    public override string ToString() => StateCallName;
}
