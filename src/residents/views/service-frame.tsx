import type { ComponentChildren } from 'preact';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { SERVICE_NAME, T } from './texts.ts';
import { serviceFrameTexts } from '../texts/service-frame.ts';

/**
 * Every page of the e-service: the service's name, the content, and the right-hand panel with
 * the "?" help on signing in (point 1) and the way to "Tavi e-pakalpojumi".
 */
export function ServiceFrame(props: {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
}) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <div class="with-aside">
        <div class="main-column">
          <p class="caption">{SERVICE_NAME[locale]}</p>
          {props.children}
        </div>
        <aside class="aside" aria-label={serviceFrameTexts.help[locale]}>
          <p>
            <a class="help-mark" href="/palidziba/autentifikacija" title={T.help[locale]}>
              <span aria-hidden="true">?</span>
              <span class="visually-hidden">{T.help[locale]}</span>
            </a>{' '}
            <a href="/palidziba/autentifikacija">{T.help[locale]}</a>
          </p>
          <p>
            <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>
          </p>
        </aside>
      </div>
    </Layout>
  );
}
