import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from './http';
export const queryClient = new QueryClient({
    defaultOptions: {
        queries: {
            staleTime: 30_000,
            // A 4xx will not get better by asking again.
            retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 2,
            refetchOnWindowFocus: false,
        },
    },
});
