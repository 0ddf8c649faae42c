# coding: utf-8
print('bom', 'é')
