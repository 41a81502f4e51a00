using Bittensor.Node.Hosting;

return await NodeHost.RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
