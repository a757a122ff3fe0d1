import { ReviewCompleteInput, ReviewCompleteOutput, ReviewDetail, ReviewGetInput, ReviewsDueInput, ReviewsDueOutput, ReviewsForClientInput, ReviewsForClientOutput } from '../schemas/reviews';
import type { ChannelDef } from './channel-def';
import type { REVIEWS_CHANNELS } from './reviews.channels';

// Inputs and outputs of case reviews.
export const reviewsContract = {
  'reviews.forClient': { input: ReviewsForClientInput, output: ReviewsForClientOutput },
  'reviews.get': { input: ReviewGetInput, output: ReviewDetail },
  'reviews.complete': { input: ReviewCompleteInput, output: ReviewCompleteOutput },
  'reviews.due': { input: ReviewsDueInput, output: ReviewsDueOutput },
} satisfies Record<(typeof REVIEWS_CHANNELS)[number], ChannelDef>;
