namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// Turns an async sequence into the <see cref="IObservable{T}"/> a subscription field's <c>ResolveStream</c> returns.
/// The sequence runs in a task started when GraphQL.NET subscribes, so it inherits the connection's execution
/// context (the caller, the request services) and each event's resolvers see the same caller as the subscribe did.
/// Disposing the subscription cancels the sequence.
/// </summary>
public static class SourceStream
{
    public static IObservable<T> From<T>(Func<CancellationToken, IAsyncEnumerable<T>> sequence) => new AsyncSequenceObservable<T>(sequence);

    private sealed class AsyncSequenceObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> sequence) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var cancellation = new CancellationTokenSource();
            _ = Task.Run(() => PumpAsync(observer, cancellation.Token));
            return new Cancel(cancellation);
        }

        private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var item in sequence(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    observer.OnNext(item);
                }

                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Unsubscribed: nobody is listening any more.
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        }
    }

    private sealed class Cancel(CancellationTokenSource cancellation) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                cancellation.Cancel();
                cancellation.Dispose();
            }
        }
    }
}
