import { Global, Module } from '@nestjs/common';
import { MailQueue } from './mail-queue.js';
import { MailWorker } from './mail-worker.js';

/** Email through SMTP (SMTP_URL, MAIL_FROM): a durable queue written in transactions, and the worker that sends it. */
@Global()
@Module({ providers: [MailQueue, MailWorker], exports: [MailQueue, MailWorker] })
export class EmailModule {}
