import { describe, expect, it } from 'vitest';
import { bodyLanguage } from './bodyLanguage';

describe('bodyLanguage', () => {
  it('takes the language the bot wrote in', () => {
    expect(bodyLanguage({ text: 'Here is what I found', html: null, metadata: { bot: { language: 'ko' } } })).toBe('ko');
    expect(bodyLanguage({ text: '이 글을 확인해 보세요', html: null, metadata: { bot: { language: 'zh-Hant' } } })).toBe('zh-Hant');
  });

  it('marks Hangul text as Korean', () => {
    expect(bodyLanguage({ text: '안녕하세요, 주문한 상품이 아직 도착하지 않았습니다.', html: null })).toBe('ko');
    expect(bodyLanguage({ text: 'Order #123: 배송 조회', html: null }))
    expect(bodyLanguage({ text: null, html: '<p>환불은 <b>영업일 기준</b> 3일 걸립니다</p>' })).toBe('ko');
  });

  it('leaves other text to the page language', () => {
    expect(bodyLanguage({ text: '我的订单还没有到', html: null })).toBeUndefined();
    expect(bodyLanguage({ text: 'Where is my order?', html: '<p>Where is my order?</p>' })).toBeUndefined();
    expect(bodyLanguage({ text: null, html: null })).toBeUndefined();
  });
});
